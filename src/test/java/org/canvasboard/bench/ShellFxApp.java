package org.canvasboard.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignD;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignU;

/**
 * A second start-up reference: the platform's cost of any window shaped like an editor, with
 * none of Canvasboard's code. The theme Canvasboard uses (its binary copy), a menu bar of seven
 * menus, a toolbar of nine icon buttons and a grid of nine boxes holding 28 wrapped labels, about
 * what the example's first screen shows. It reports its first frame like the minimal window.
 * Canvasboard's start-up minus this is what our own code costs.
 */
public class ShellFxApp extends Application {
    @Override
    public void start(Stage stage) {
        Application.setUserAgentStylesheet(ShellFxApp.class.getResource("/org/canvasboard/app/themes/primer-light.css")
                .toExternalForm());
        MenuBar menus = new MenuBar();
        for (String name : new String[] {"File", "Edit", "Card", "Canvas", "Segments", "View", "Help"}) {
            Menu menu = new Menu(name);
            for (int i = 1; i <= 8; i++) {
                menu.getItems().add(new MenuItem(name + " item " + i));
            }
            menus.getMenus().add(menu);
        }
        ToolBar tools = new ToolBar();
        for (var icon : new org.kordamp.ikonli.Ikon[] {MaterialDesignF.FILE_PLUS_OUTLINE, MaterialDesignF.FOLDER_OPEN_OUTLINE,
                MaterialDesignC.CONTENT_SAVE, MaterialDesignU.UNDO, MaterialDesignR.REDO, MaterialDesignC.CARD_PLUS_OUTLINE,
                MaterialDesignD.DELETE_OUTLINE, MaterialDesignC.CHECK_CIRCLE_OUTLINE, MaterialDesignC.CLOSE_CIRCLE_OUTLINE}) {
            tools.getItems().add(new Button(null, new FontIcon(icon)));
        }
        GridPane grid = new GridPane();
        int card = 0;
        for (int box = 0; box < 9; box++) {
            VBox block = new VBox(6, new Label("Block " + (box + 1)));
            for (int i = 0; i < (box < 1 ? 4 : 3); i++) {
                Label text = new Label("A card's text, long enough to wrap onto a second line " + ++card);
                text.setWrapText(true);
                block.getChildren().add(text);
            }
            grid.add(block, box % 5, box / 5);
        }
        BorderPane root = new BorderPane(grid, new VBox(menus, tools), null, null, null);
        stage.setScene(new Scene(root, 1440, 900));
        stage.show();
        MinimalFxApp.reportFirstFrameAndExit();
    }

    /** Entry point that does not extend Application, so JavaFX can start from the class path. */
    public static final class Main {
        private Main() {
        }

        public static void main(String[] args) {
            Application.launch(ShellFxApp.class, args);
        }
    }
}
