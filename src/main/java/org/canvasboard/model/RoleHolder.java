package org.canvasboard.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Someone who takes part in a segment's purchase: a persona of the project ({@code personaId})
 * or a named stakeholder ({@code name}), holding one or more roles, with pains and gains of
 * their own. Roles are kept in the order of {@link PurchaseRole}.
 */
public record RoleHolder(String id, String personaId, String name, List<PurchaseRole> roles,
                         List<ProfileItem> pains, List<ProfileItem> gains) {
    public RoleHolder {
        Objects.requireNonNull(id, "id");
        personaId = personaId == null || personaId.isBlank() ? null : personaId;
        name = name == null ? "" : name;
        Set<PurchaseRole> held = roles == null ? Set.of() : Set.copyOf(roles);
        roles = Arrays.stream(PurchaseRole.values()).filter(held::contains).toList();
        pains = pains == null ? List.of() : List.copyOf(pains);
        gains = gains == null ? List.of() : List.copyOf(gains);
    }

    public static RoleHolder persona(String personaId, List<PurchaseRole> roles) {
        return new RoleHolder(Ids.newId("holder"), personaId, "", roles, List.of(), List.of());
    }

    public static RoleHolder stakeholder(String name, List<PurchaseRole> roles) {
        return new RoleHolder(Ids.newId("holder"), null, name, roles, List.of(), List.of());
    }

    public boolean holds(PurchaseRole role) {
        return roles.contains(role);
    }

    public RoleHolder withRoles(List<PurchaseRole> newRoles) {
        return new RoleHolder(id, personaId, name, newRoles, pains, gains);
    }

    public RoleHolder withName(String newName) {
        return new RoleHolder(id, personaId, newName, roles, pains, gains);
    }

    /** The same holder as a named stakeholder (used when its persona is deleted). */
    public RoleHolder asStakeholder(String stakeholderName) {
        return new RoleHolder(id, null, stakeholderName, roles, pains, gains);
    }

    public RoleHolder withPains(List<ProfileItem> newPains) {
        return new RoleHolder(id, personaId, name, roles, newPains, gains);
    }

    public RoleHolder withGains(List<ProfileItem> newGains) {
        return new RoleHolder(id, personaId, name, roles, pains, newGains);
    }
}
