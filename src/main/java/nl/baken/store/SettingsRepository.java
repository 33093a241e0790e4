package nl.baken.store;

import java.util.Optional;

/** Named settings kept inside the encrypted vault (organisation name, contact details). */
public interface SettingsRepository {

    Optional<String> get(String name);

    void put(String name, String value);
}
