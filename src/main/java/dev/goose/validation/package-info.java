/**
 * Bean Validation's findings as Goose's field errors, named by their JSON path ({@code items[2].id}),
 * for the API's error mapper and for forms alike. Depends on the errors package and the Bean
 * Validation API only.
 */
package dev.goose.validation;
