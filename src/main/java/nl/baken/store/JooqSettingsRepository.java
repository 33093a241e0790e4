package nl.baken.store;

import static nl.baken.store.generated.Tables.SETTING;

import java.util.Optional;
import org.jooq.exception.DataAccessException;

/** {@link SettingsRepository} on the encrypted store. */
public final class JooqSettingsRepository implements SettingsRepository {

    private final Store store;

    public JooqSettingsRepository(Store store) {
        this.store = store;
    }

    @Override
    public Optional<String> get(String name) {
        try {
            return store.dsl().select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.NAME.eq(name))
                    .fetchOptional(SETTING.SETTING_VALUE);
        } catch (DataAccessException e) {
            throw Store.safe(e);
        }
    }

    @Override
    public void put(String name, String value) {
        try {
            store.dsl().mergeInto(SETTING).using(store.dsl().selectOne())
                    .on(SETTING.NAME.eq(name))
                    .whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, value)
                    .whenNotMatchedThenInsert(SETTING.NAME, SETTING.SETTING_VALUE).values(name, value)
                    .execute();
        } catch (DataAccessException e) {
            throw Store.safe(e);
        }
    }
}
