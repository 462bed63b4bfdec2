/**
 * Notifications: what a person should know, in an in-app list with an unread count, and
 * by e-mail through a persistent outbox when the person chose so for that kind. Other
 * modules publish {@link nl.naast.notifications.NotificationDue}; e-mail never holds a
 * family's name or details, only that something waits in Naast.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "audit", "retention" })
package nl.naast.notifications;
