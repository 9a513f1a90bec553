package bench;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

/** The endpoint start-up waits for: it counts the notes, so the database is open and the model built. */
@Path("/script")
@PermitAll
public class Page {

    @GET
    @Produces("text/plain")
    public String get() {
        return "notes: " + Note.count();
    }
}
