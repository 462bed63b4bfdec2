/**
 * Trainings: the public catalogue of work sessions, talks and guest lectures with their
 * dates, registrations with a waiting list, custom requests, and their management by
 * administrators and trainers. Not family data. Uses shared only.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = "shared")
package nl.naast.trainings;
