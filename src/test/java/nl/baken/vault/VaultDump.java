package nl.baken.vault;

import java.util.ArrayList;
import java.util.List;
import nl.baken.store.Store;
import nl.baken.store.generated.DefaultSchema;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.jooq.TableField;

/** Every row of every table, sealed values opened, as text: two vaults hold the same data when their dumps are equal. */
public final class VaultDump {

    private VaultDump() {
    }

    @SuppressWarnings("unchecked")
    public static List<String> of(Store store) {
        List<String> lines = new ArrayList<>();
        for (Table<?> table : DefaultSchema.DEFAULT_SCHEMA.getTables()) {
            List<? extends TableField<?, ?>> key = table.getPrimaryKey().getFields();
            for (Record r : store.dsl().selectFrom(table).orderBy(key.toArray(new Field<?>[0])).fetch()) {
                Object[] rowKey = key.stream().map(r::get).toArray();
                StringBuilder line = new StringBuilder(table.getName());
                for (Field<?> f : table.fields()) {
                    Object value = r.get(f);
                    if (f.getType() == byte[].class) {
                        value = store.sealer().open((Field<byte[]>) f, (byte[]) value, rowKey);
                    }
                    line.append(" | ").append(f.getName()).append('=').append(value);
                }
                lines.add(line.toString());
            }
        }
        return lines;
    }

    /**
     * A restored vault's dump without the one entry its restore added to the audit log (BACKUP_RESTORE, the last),
     * to compare with the dump taken when the backup was made.
     */
    public static List<String> ofRestored(Store store) {
        List<String> lines = of(store);
        List<String> restores = lines.stream().filter(l -> l.contains(" | EVENT=BACKUP_RESTORE | ")).toList();
        if (restores.size() != 1) {
            throw new AssertionError("a restored vault records its restore once, not " + restores.size() + " times");
        }
        lines.remove(restores.get(0));
        return lines;
    }
}
