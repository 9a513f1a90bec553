/** Ground: the hash that recognises contents and secrets; it depends on the JDK alone. */
package dev.goose.digest;
