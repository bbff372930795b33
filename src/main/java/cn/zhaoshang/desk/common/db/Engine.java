package cn.zhaoshang.desk.common.db;

import org.jooq.SQLDialect;

/** The two database engines the same code runs on. */
public enum Engine {
    H2(SQLDialect.H2),
    POSTGRES(SQLDialect.POSTGRES);

    private final SQLDialect dialect;

    Engine(SQLDialect dialect) {
        this.dialect = dialect;
    }

    public SQLDialect dialect() {
        return dialect;
    }

    public static Engine ofUrl(String jdbcUrl) {
        return jdbcUrl.startsWith("jdbc:postgresql:") ? POSTGRES : H2;
    }
}
