package org.pressfacts.tagging.dates;

/** How finely a time expression names its time: the unit a reader would use to say it. */
public enum Precision { YEAR, MONTH, WEEK, DAY }
