package org.canvasboard.ui.persona;

import javafx.scene.Node;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.canvasboard.model.EvidenceStatus;
import org.canvasboard.model.ProfileArea;
import org.canvasboard.ui.common.Forms;
import org.canvasboard.ui.common.KeyedRows;
import org.canvasboard.ui.common.Messages;
import org.canvasboard.viewmodel.EvidenceViewModel;

/** What a conversation said about one pain or gain: nothing yet, confirmed or refuted. */
final class EvidenceRow implements KeyedRows.Row<EvidenceViewModel> {
    private final HBox row;

    EvidenceRow(String conversationId, EvidenceViewModel heard) {
        ChoiceBox<EvidenceStatus> verdict = new ChoiceBox<>();
        verdict.getItems().setAll(EvidenceStatus.HYPOTHESIS, EvidenceStatus.VALIDATED, EvidenceStatus.INVALIDATED);
        verdict.setConverter(new WordedChoices<>("persona.evidence."));
        verdict.setValue(heard.getStatus());
        verdict.setId("evidence-" + conversationId + "-" + heard.itemId());
        verdict.setMinWidth(Region.USE_PREF_SIZE);
        verdict.valueProperty().addListener((obs, old, now) -> heard.choose(now));
        heard.statusProperty().addListener((obs, old, now) -> verdict.setValue(now));
        Label text = new Label();
        text.setWrapText(true);
        text.setMinWidth(0);
        text.setMnemonicParsing(false);
        Runnable words = () -> text.setText(Messages.get(heard.areaProperty().get() == ProfileArea.GAINS
                ? "persona.evidence.gain" : "persona.evidence.pain", heard.textProperty().get()));
        heard.textProperty().addListener((obs, old, now) -> words.run());
        heard.areaProperty().addListener((obs, old, now) -> words.run());
        words.run();
        HBox.setHgrow(text, Priority.ALWAYS);
        row = Forms.row(verdict, text);
    }

    @Override
    public Node node() {
        return row;
    }

    @Override
    public void update(EvidenceViewModel item) {
        // bound to its row viewmodel, the same object for the same pain or gain
    }
}
