package nl.naast.family;

import java.util.UUID;

/** A parent or carer (ouder, verzorger). Contact details are optional. */
public record Carer(UUID id, String name, String phone, String email, String preferredLanguage) {
}
