package org.nemsrules.jwt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nemsrules.engine.Finding;
import org.nemsrules.engine.NemsValidator;
import org.nemsrules.engine.RuleCatalog;

/**
 * A string claim of another JSON type is one fault, and users see it once: jwt.missing-claim
 * reports it, and the rules that judge the claim's value stay silent.
 */
class WrongJsonTypeIsReportedOnceTest {
    private static final NemsValidator ALL_JWT_RULES = NemsValidator.builder()
            .catalog(RuleCatalog.of(RuleCatalog.builtInRules().stream()
                    .filter(r -> r.metadata().category().equals("jwt"))
                    .toList()))
            .build();

    static Stream<Arguments> wrongTypes() {
        List<Object> values = List.of(42L, true, List.of("x"), Map.of("k", "v"));
        return Stream.of(
                        "iss",
                        "sub",
                        "aud",
                        "reason_for_request",
                        "scope",
                        "requesting_system",
                        "requesting_organisation",
                        "requesting_user",
                        "requesting_patient")
                .flatMap(claim -> values.stream().map(value -> Arguments.of(claim, value)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("wrongTypes")
    void aClaimOfTheWrongJsonTypeGivesExactlyOneFindingFromMissingClaim(String claim, Object value) {
        Map<String, Object> claims = new LinkedHashMap<>(TokenShapeFixtures.validClaims());
        claims.put(claim, value);
        if (claim.equals("requesting_user")) {
            claims.put("sub", claims.get("requesting_system"));
        }
        List<Finding> findings = ALL_JWT_RULES.validate(TokenShapeFixtures.withToken(TokenShapeFixtures.token(claims)));
        List<String> rules = findings.stream().map(Finding::ruleId).toList();
        // sub is compared with requesting_user or requesting_system: a wrong-typed one of those is
        // the only fault, so the comparison must stay silent too.
        assertEquals(List.of(MissingClaimRule.ID), rules, findings::toString);
    }
}
