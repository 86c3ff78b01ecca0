package org.canvasboard.viewmodel;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.model.ProfileArea;

/**
 * What one conversation said about one pain or gain of the persona's segment, as a row: the
 * item's text and the verdict, {@link EvidenceStatus#HYPOTHESIS} while nothing was heard,
 * {@link EvidenceStatus#VALIDATED} when confirmed, {@link EvidenceStatus#INVALIDATED} when refuted.
 */
public final class EvidenceViewModel {
    /** The state a row shows: a pain or gain and what the conversation recorded about it. */
    record Heard(String itemId, ProfileArea area, String text, EvidenceStatus status) {
    }

    private final PersonaViewModel persona;
    private final String conversationId;
    private final String itemId;
    private final ReadOnlyObjectWrapper<ProfileArea> area = new ReadOnlyObjectWrapper<>(this, "area");
    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyObjectWrapper<EvidenceStatus> status =
            new ReadOnlyObjectWrapper<>(this, "status", EvidenceStatus.HYPOTHESIS);

    EvidenceViewModel(PersonaViewModel persona, String conversationId, Heard heard) {
        this.persona = persona;
        this.conversationId = conversationId;
        this.itemId = heard.itemId();
        update(heard);
    }

    void update(Heard heard) {
        area.set(heard.area());
        text.set(heard.text());
        status.set(heard.status());
    }

    public String itemId() {
        return itemId;
    }

    /** Pains or gains. */
    public ReadOnlyObjectProperty<ProfileArea> areaProperty() {
        return area.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EvidenceStatus> statusProperty() {
        return status.getReadOnlyProperty();
    }

    public EvidenceStatus getStatus() {
        return status.get();
    }

    /** Records the verdict; the present one again is no step. */
    public void choose(EvidenceStatus verdict) {
        if (verdict == null || verdict == status.get()) {
            return;
        }
        persona.setEvidence(conversationId, itemId, switch (verdict) {
            case VALIDATED -> Boolean.TRUE;
            case INVALIDATED -> Boolean.FALSE;
            case HYPOTHESIS -> null;
        });
    }

    static EvidenceStatus statusOf(Boolean confirmed) {
        return confirmed == null ? EvidenceStatus.HYPOTHESIS
                : confirmed ? EvidenceStatus.VALIDATED : EvidenceStatus.INVALIDATED;
    }
}
