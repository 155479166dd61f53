package org.hifazat.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.hifazat.identity.AdultAccount;
import org.hifazat.identity.Role;
import org.hifazat.school.District;
import org.hifazat.school.Province;
import org.hifazat.school.School;
import org.hifazat.web.Language;
import org.hifazat.web.Messages;

/**
 * Reads scope codes and decides, in one place, which scopes an account may report on: a ministry account its own
 * region and everything inside it, an admin everything. A region outside the account's own is refused with 403; a
 * school with 404, as if it did not exist, so EMIS codes cannot be probed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class Scopes {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.\\-]{0,31}");

    /** The scope of a code such as national, province:PB, district:PB-LHR or school:EMIS; 400 or 404 if none. */
    public Scope resolve(String text) {
        String value = text == null ? "" : text.strip();
        if (value.equalsIgnoreCase("national")) {
            return national();
        }
        int colon = value.indexOf(':');
        String prefix = colon < 0 ? "" : value.substring(0, colon).toLowerCase();
        String code = colon < 0 ? "" : value.substring(colon + 1).strip();
        if (!CODE.matcher(code).matches()) {
            throw new ReportProblem(400, "report_problem_scope_format", shorten(value));
        }
        return switch (prefix) {
            case "province" ->
                Province.findByCode(code.toUpperCase())
                        .map(Scopes::of)
                        .orElseThrow(() -> new ReportProblem(404, "report_problem_scope_unknown", shorten(value)));
            case "district" ->
                District.findByCode(code.toUpperCase())
                        .map(Scopes::of)
                        .orElseThrow(() -> new ReportProblem(404, "report_problem_scope_unknown", shorten(value)));
            case "school" ->
                School.findByEmisCode(code)
                        .map(Scopes::of)
                        .orElseThrow(() -> new ReportProblem(404, "report_problem_scope_unknown", shorten(value)));
            default -> throw new ReportProblem(400, "report_problem_scope_format", shorten(value));
        };
    }

    /** The region the account is bound to; admins (and unbound ministry accounts) are national. */
    public Scope own(AdultAccount account) {
        if (account.role == Role.ADMIN || account.scopeType == null) {
            return national();
        }
        Scope scope =
                switch (account.scopeType) {
                    case NATIONAL -> national();
                    case PROVINCE -> account.province == null ? null : of(account.province);
                    case DISTRICT -> account.district == null ? null : of(account.district);
                    case SCHOOL -> account.school == null ? null : of(account.school);
                };
        if (scope == null) {
            throw new ReportProblem(403, "report_problem_no_region", null);
        }
        return scope;
    }

    /**
     * The scope the account asked for (its own when none is given), if it may see it: 403 for a region outside its
     * own, 404 for a school outside it.
     */
    public Scope permitted(AdultAccount account, String requested) {
        Scope own = own(account);
        if (requested == null || requested.isBlank()) {
            return own;
        }
        Scope scope = resolve(requested);
        if (account.role == Role.ADMIN || own.contains(scope)) {
            return scope;
        }
        if (scope.level() == Scope.Level.SCHOOL) {
            throw new ReportProblem(404, "report_problem_scope_unknown", shorten(requested.strip()));
        }
        throw new ReportProblem(403, "report_problem_scope_outside", scope.key());
    }

    /** The way down from the nation to this scope, the scope itself last. */
    public List<Scope> path(Scope scope) {
        List<Scope> path = new ArrayList<>();
        path.add(national());
        if (scope.level() == Scope.Level.NATIONAL) {
            return path;
        }
        path.add(of(Province.<Province>findById(scope.provinceId())));
        if (scope.level() == Scope.Level.PROVINCE) {
            return path;
        }
        path.add(of(District.<District>findById(scope.districtId())));
        if (scope.level() == Scope.Level.SCHOOL) {
            path.add(scope);
        }
        return path;
    }

    static Scope national() {
        return Scope.national(Messages.get(Language.EN, "scope_national"), Messages.get(Language.UR, "scope_national"));
    }

    static Scope of(Province p) {
        return new Scope(Scope.Level.PROVINCE, p.code, p.id, null, null, p.nameEn, p.nameUr);
    }

    static Scope of(District d) {
        return new Scope(Scope.Level.DISTRICT, d.code, d.province.id, d.id, null, d.nameEn, d.nameUr);
    }

    static Scope of(School s) {
        return new Scope(Scope.Level.SCHOOL, s.emisCode, s.district.province.id, s.district.id, s.id, s.name, s.name);
    }

    private static String shorten(String value) {
        return value.length() > 60 ? value.substring(0, 60) + "…" : value;
    }
}
