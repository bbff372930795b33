package cn.zhaoshang.desk.app.cli;

import cn.zhaoshang.desk.common.i18n.Messages;
import cn.zhaoshang.desk.security.Role;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * `--role` as people type it: the constant in any case ("admin", "team-lead"), or the role's name in
 * either language as the app shows it ("管理员", "小分队队长", "Team lead").
 */
final class RoleConverter implements ITypeConverter<Role> {
    private static final Messages[] LANGUAGES = {new Messages(Messages.CHINESE), new Messages(Messages.ENGLISH)};

    @Override
    public Role convert(String typed) {
        Role role = parse(typed);
        if (role == null) {
            throw new TypeConversionException(LANGUAGES[0].get("cli.users.unknownRole", typed, names()));
        }
        return role;
    }

    static Role parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        String constant = text.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        for (Role role : Role.values()) {
            if (role.name().equals(constant)) {
                return role;
            }
            for (Messages language : LANGUAGES) {
                if (language.label(role).equalsIgnoreCase(text)) {
                    return role;
                }
            }
        }
        return null;
    }

    private static String names() {
        StringBuilder all = new StringBuilder();
        for (Role role : Role.values()) {
            all.append(all.isEmpty() ? "" : ", ").append(role.name()).append('/').append(LANGUAGES[0].label(role));
        }
        return all.toString();
    }
}
