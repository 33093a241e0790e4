package nl.baken.store;

import java.sql.SQLException;
import java.sql.Types;
import org.jooq.Binding;
import org.jooq.BindingGetResultSetContext;
import org.jooq.BindingGetSQLInputContext;
import org.jooq.BindingGetStatementContext;
import org.jooq.BindingRegisterContext;
import org.jooq.BindingSQLContext;
import org.jooq.BindingSetSQLOutputContext;
import org.jooq.BindingSetStatementContext;
import org.jooq.Converter;
import org.jooq.conf.ParamType;

/**
 * Binds the {@code VARBINARY} columns (every sealed value) with {@code setBytes}. jOOQ's own binding for
 * {@code byte[]} on H2 first makes a temporary BLOB of each value ({@code Connection.createBlob}), which H2 writes to
 * its LOB storage and removes again later: on {@code baken demo} that was a quarter of the work and much of the file's
 * growth. The generator applies this binding to every {@code VARBINARY} column (the {@code forcedType} in the pom).
 */
public final class VarbinaryBinding implements Binding<byte[], byte[]> {

    private static final long serialVersionUID = 1L;
    private static final Converter<byte[], byte[]> IDENTITY =
            Converter.ofNullable(byte[].class, byte[].class, bytes -> bytes, bytes -> bytes);

    @Override
    public Converter<byte[], byte[]> converter() {
        return IDENTITY;
    }

    @Override
    public void sql(BindingSQLContext<byte[]> ctx) throws SQLException {
        if (ctx.render().paramType() == ParamType.INLINED) {
            // Only sealed bytes ever reach here, never plain text; H2's binary literal.
            ctx.render().sql(ctx.value() == null ? "NULL" : "X'" + hex(ctx.value()) + "'");
        } else {
            ctx.render().sql(ctx.variable());
        }
    }

    @Override
    public void register(BindingRegisterContext<byte[]> ctx) throws SQLException {
        ctx.statement().registerOutParameter(ctx.index(), Types.VARBINARY);
    }

    @Override
    public void set(BindingSetStatementContext<byte[]> ctx) throws SQLException {
        if (ctx.value() == null) {
            ctx.statement().setNull(ctx.index(), Types.VARBINARY);
        } else {
            ctx.statement().setBytes(ctx.index(), ctx.value());
        }
    }

    @Override
    public void set(BindingSetSQLOutputContext<byte[]> ctx) throws SQLException {
        ctx.output().writeBytes(ctx.value());
    }

    @Override
    public void get(BindingGetResultSetContext<byte[]> ctx) throws SQLException {
        ctx.value(ctx.resultSet().getBytes(ctx.index()));
    }

    @Override
    public void get(BindingGetStatementContext<byte[]> ctx) throws SQLException {
        ctx.value(ctx.statement().getBytes(ctx.index()));
    }

    @Override
    public void get(BindingGetSQLInputContext<byte[]> ctx) throws SQLException {
        ctx.value(ctx.input().readBytes());
    }

    private static String hex(byte[] bytes) {
        return java.util.HexFormat.of().formatHex(bytes);
    }
}
