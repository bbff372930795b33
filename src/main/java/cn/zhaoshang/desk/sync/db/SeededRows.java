package cn.zhaoshang.desk.sync.db;

import static cn.zhaoshang.desk.generated.Tables.APP_USER;
import static cn.zhaoshang.desk.generated.Tables.CARRIER;
import static cn.zhaoshang.desk.generated.Tables.CHAIN;
import static cn.zhaoshang.desk.generated.Tables.CHAIN_NODE;
import static cn.zhaoshang.desk.generated.Tables.COMPANY;
import static cn.zhaoshang.desk.generated.Tables.CONTACT;
import static cn.zhaoshang.desk.generated.Tables.INTERACTION;
import static cn.zhaoshang.desk.generated.Tables.PERSON;
import static cn.zhaoshang.desk.generated.Tables.PROJECT;
import static cn.zhaoshang.desk.generated.Tables.TASK;
import static cn.zhaoshang.desk.generated.Tables.TEAM;
import static cn.zhaoshang.desk.generated.Tables.TEAM_MEMBERSHIP;
import static cn.zhaoshang.desk.generated.Tables.UNIT;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * A new laptop database holds what its first start seeded (units, teams, carriers, chains, with keys
 * of its own). Before it is tied, those give way to the server's rows (same names, the server's keys).
 */
public final class SeededRows {
    private SeededRows() {
    }

    /** Does the database hold anything people entered (then it cannot be tied)? */
    public static boolean holdsUserData(DSLContext dsl) {
        return dsl.fetchExists(COMPANY) || dsl.fetchExists(PROJECT) || dsl.fetchExists(TASK)
                || dsl.fetchExists(CONTACT) || dsl.fetchExists(INTERACTION);
    }

    public static void removeReference(DSLContext dsl) {
        dsl.update(CHAIN_NODE).set(CHAIN_NODE.PARENT_ID, DSL.castNull(CHAIN_NODE.PARENT_ID)).execute();
        dsl.deleteFrom(CHAIN_NODE).execute();
        dsl.deleteFrom(CHAIN).execute();
        dsl.update(CARRIER).set(CARRIER.PARENT_ID, DSL.castNull(CARRIER.PARENT_ID)).execute();
        dsl.deleteFrom(CARRIER).execute();
        dsl.deleteFrom(TEAM_MEMBERSHIP).execute();
        dsl.deleteFrom(APP_USER).execute();
        dsl.deleteFrom(PERSON).execute();
        dsl.deleteFrom(TEAM).execute();
        dsl.deleteFrom(UNIT).execute();
    }
}
