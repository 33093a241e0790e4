package nl.baken.store;

import java.util.ArrayList;
import java.util.List;
import nl.baken.store.generated.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;
import org.jooq.UpdateSetMoreStep;

/**
 * Seals every sealed value (every byte column of the generated tables, as {@link StoreCheck} opens them) again under
 * another key: for a rekey, whose new database key gives a new sub-key. A value that fails its old tag stops it.
 */
final class Reseal {

    private Reseal() {
    }

    @SuppressWarnings("unchecked")
    static long run(DSLContext dsl, Sealer from, Sealer to) {
        long count = 0;
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            List<TableField<Record, byte[]>> sealed = new ArrayList<>();
            for (Field<?> f : table.fields()) {
                if (f.getType() == byte[].class) {
                    sealed.add((TableField<Record, byte[]>) f);
                }
            }
            if (sealed.isEmpty() || table.getPrimaryKey() == null) {
                continue;
            }
            List<TableField<Record, Object>> key = new ArrayList<>();
            table.getPrimaryKey().getFields().forEach(k -> key.add((TableField<Record, Object>) k));
            List<Field<?>> select = new ArrayList<>(key);
            select.addAll(sealed);
            for (Record r : dsl.select(select).from(table).fetch()) {
                Object[] rowKey = key.stream().map(r::get).toArray();
                UpdateSetMoreStep<Record> update = null;
                for (TableField<Record, byte[]> column : sealed) {
                    byte[] value = r.get(column);
                    byte[] next = value == null ? null : to.seal(column, from.open(column, value, rowKey), rowKey);
                    update = update == null ? dsl.update((Table<Record>) table).set(column, next)
                            : update.set(column, next);
                    count += value == null ? 0 : 1;
                }
                org.jooq.Condition where = org.jooq.impl.DSL.trueCondition();
                for (int i = 0; i < key.size(); i++) {
                    where = where.and(key.get(i).eq(rowKey[i]));
                }
                update.where(where).execute();
            }
        }
        return count;
    }
}
