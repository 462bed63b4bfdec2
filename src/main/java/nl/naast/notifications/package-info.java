/**
 * Notifications: what a person should know, in an in-app list with an unread count, and
 * by e-mail through a persistent outbox when the person chose so for that kind. Other
 * modules publish {@link nl.naast.notifications.NotificationDue}; e-mail never holds a
 * family's name or details, only that something waits in Naast. The same outbox sends
 * mail that modules below it compose themselves for people without an account (the
 * trainings' confirmations): they publish the shared
 * {@link nl.naast.shared.mail.MailDue}.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "shared", "identity", "audit", "retention" })
package nl.naast.notifications;
