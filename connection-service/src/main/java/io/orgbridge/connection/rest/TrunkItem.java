package io.orgbridge.connection.rest;

/** One ancestor folder of an item, as the API lists it in {@code trunk}. */
public record TrunkItem(String id, String title, String type) {}
