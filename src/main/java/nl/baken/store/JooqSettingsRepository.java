package nl.baken.store;

import static nl.baken.store.generated.Tables.SETTING;

import java.util.Optional;

/** {@link SettingsRepository} on the encrypted store. */
public final class JooqSettingsRepository implements SettingsRepository {

    private final Store store;

    public JooqSettingsRepository(Store store) {
        this.store = store;
    }

    @Override
    public Optional<String> get(String name) {
        return store.dsl().select(SETTING.SETTING_VALUE).from(SETTING).where(SETTING.NAME.eq(name))
                .fetchOptional(SETTING.SETTING_VALUE);
    }

    @Override
    public void put(String name, String value) {
        store.dsl().mergeInto(SETTING).using(store.dsl().selectOne())
                .on(SETTING.NAME.eq(name))
                .whenMatchedThenUpdate().set(SETTING.SETTING_VALUE, value)
                .whenNotMatchedThenInsert(SETTING.NAME, SETTING.SETTING_VALUE).values(name, value)
                .execute();
    }
}
