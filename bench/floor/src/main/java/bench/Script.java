package bench;

import java.io.IOException;
import java.nio.file.Files;


import jakarta.ws.rs.GET;

import jakarta.ws.rs.Produces;

/** Returns the script read once at start: no database, no security, only the framework. */
@jakarta.ws.rs.Path("/script")
public class Script {

    private static final String HTML = read();

    private static String read() {
        try {
            return Files.readString(java.nio.file.Path.of(System.getProperty("script.file")));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @GET
    @Produces("text/html")
    public String get() {
        return HTML;
    }
}
