package nl.naast.retention;

import java.time.Period;

/**
 * How long one kind of record is kept.
 *
 * @param name the key in configuration, e.g. {@code family-file}
 * @param duration how long after the start point
 * @param start what the period counts from, in words (e.g. the day the family's file was
 * closed)
 * @param source the legal source of the period, with the day it was last checked
 */
public record RetentionClass(String name, Period duration, String start, String source) {
}
