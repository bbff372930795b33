package cn.zhaoshang.desk.talent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A person of note in a district company (人才底数台账). Mobile and e-mail are personal information:
 * exports mask them and are logged ({@link TalentService#export}).
 *
 * @param id null for a person not saved yet
 * @param unitId the district unit that counts this person towards its target
 * @param level null when not graded
 */
public record Talent(UUID id, int version, String name, UUID companyId, String companyName, UUID unitId,
                     String unitName, String field, TalentLevel level, String title, String honours,
                     LocalDate arrivedOn, String mobile, String email) {
    public static Talent blank() {
        return new Talent(null, 0, "", null, null, null, null, null, null, null, null, null, null, null);
    }

    public boolean isNew() {
        return id == null;
    }
}
