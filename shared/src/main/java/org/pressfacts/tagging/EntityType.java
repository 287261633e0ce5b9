package org.pressfacts.tagging;

/** The kinds of news entity the tagger reports. */
public enum EntityType { PERSON, COUNTRY, ORGANIZATION, PLACE }
