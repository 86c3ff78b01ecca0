package org.canvasboard.model;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Comparator;
import java.util.List;

import static org.canvasboard.model.BlockType.*;
import static org.junit.jupiter.api.Assertions.*;

/** The canvas layouts are data; these tests keep that data consistent with DOMAIN.md. */
class CanvasKindTest {

    @Test
    void businessModelCanvasHasExactlyTheNineDomainBlocksInReadingOrder() {
        assertEquals(List.of(KEY_PARTNERS, KEY_ACTIVITIES, KEY_RESOURCES, VALUE_PROPOSITIONS,
                        CUSTOMER_RELATIONSHIPS, CHANNELS, CUSTOMER_SEGMENTS, COST_STRUCTURE, REVENUE_STREAMS),
                CanvasKind.BUSINESS_MODEL.blocks());
    }

    @Test
    void businessModelBlockIdsAreTheDomainIdentifiers() {
        assertEquals(List.of("keyPartners", "keyActivities", "keyResources", "valuePropositions",
                        "customerRelationships", "channels", "customerSegments", "costStructure", "revenueStreams"),
                CanvasKind.BUSINESS_MODEL.blocks().stream().map(BlockType::id).toList());
    }

    @Test
    void productCanvasHasThirteenDistinctBlocksIncludingTheNine() {
        List<BlockType> blocks = CanvasKind.PRODUCT.blocks();
        assertEquals(13, blocks.size());
        assertEquals(13, blocks.stream().distinct().count());
        assertTrue(blocks.containsAll(CanvasKind.BUSINESS_MODEL.blocks()));
        assertTrue(blocks.containsAll(List.of(CUSTOMER_PROBLEM, ECO_SOCIAL_COSTS, ECO_SOCIAL_BENEFITS, KPIS)));
    }

    @Test
    void productCanvasPlacesCustomerProblemBeforeSegments() {
        List<BlockType> blocks = CanvasKind.PRODUCT.blocks();
        assertEquals(blocks.indexOf(CUSTOMER_SEGMENTS) - 1, blocks.indexOf(CUSTOMER_PROBLEM));
    }

    @ParameterizedTest
    @EnumSource(CanvasKind.class)
    void placementsStayInsideTheGrid(CanvasKind kind) {
        for (BlockPlacement p : kind.placements()) {
            assertTrue(p.column() + p.columnSpan() <= kind.columns(), p + " leaves the columns of " + kind);
            assertTrue(p.row() + p.rowSpan() <= kind.rows(), p + " leaves the rows of " + kind);
        }
    }

    @ParameterizedTest
    @EnumSource(CanvasKind.class)
    void placementsNeitherOverlapNorLeaveGaps(CanvasKind kind) {
        BlockType[][] owner = new BlockType[kind.rows()][kind.columns()];
        for (BlockPlacement p : kind.placements()) {
            for (int r = p.row(); r < p.row() + p.rowSpan(); r++) {
                for (int c = p.column(); c < p.column() + p.columnSpan(); c++) {
                    assertNull(owner[r][c], kind + ": " + p.block() + " overlaps " + owner[r][c] + " at " + c + "," + r);
                    owner[r][c] = p.block();
                }
            }
        }
        for (int r = 0; r < kind.rows(); r++) {
            for (int c = 0; c < kind.columns(); c++) {
                assertNotNull(owner[r][c], kind + ": grid cell " + c + "," + r + " belongs to no block");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(CanvasKind.class)
    void placementsAreListedInReadingOrder(CanvasKind kind) {
        // Left to right, top to bottom; blocks stacked beside a tall block belong to its row band
        // and are read top to bottom before moving right.
        Comparator<BlockPlacement> readingOrder = Comparator
                .comparingInt((BlockPlacement p) -> topOfBand(kind, p))
                .thenComparingInt(BlockPlacement::column)
                .thenComparingInt(BlockPlacement::row);
        List<BlockPlacement> sorted = kind.placements().stream().sorted(readingOrder).toList();
        assertEquals(sorted.stream().map(BlockPlacement::block).toList(), kind.blocks());
    }

    @Test
    void productCanvasReadingOrderEndsWithTheBottomRow() {
        assertEquals(List.of(COST_STRUCTURE, REVENUE_STREAMS, ECO_SOCIAL_COSTS, KPIS, ECO_SOCIAL_BENEFITS),
                CanvasKind.PRODUCT.blocks().subList(8, 13));
    }

    /** The first row of the band a placement belongs to: that of the tallest block covering its row. */
    private static int topOfBand(CanvasKind kind, BlockPlacement p) {
        return kind.placements().stream()
                .filter(q -> q.row() <= p.row() && p.row() < q.row() + q.rowSpan())
                .max(Comparator.comparingInt(BlockPlacement::rowSpan))
                .map(BlockPlacement::row).orElse(p.row());
    }

    @ParameterizedTest
    @EnumSource(CanvasKind.class)
    void rowWeightsAddUpToAHundredPercent(CanvasKind kind) {
        double sum = 0;
        for (int r = 0; r < kind.rows(); r++) {
            sum += kind.rowWeight(r);
        }
        assertEquals(100.0, sum, 1e-9);
    }

    @ParameterizedTest
    @EnumSource(CanvasKind.class)
    void fromIdFindsEachKind(CanvasKind kind) {
        assertEquals(kind, CanvasKind.fromId(kind.id()).orElseThrow());
    }

    @Test
    void fromIdOfUnknownKindIsEmpty() {
        assertTrue(CanvasKind.fromId("leanCanvas").isEmpty());
        assertTrue(CanvasKind.fromId("BUSINESS_MODEL").isEmpty());
    }

    @Test
    void placementOfABlockNotInTheKindIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> CanvasKind.BUSINESS_MODEL.placementOf(KPIS));
        assertFalse(CanvasKind.BUSINESS_MODEL.has(KPIS));
        assertEquals(KPIS, CanvasKind.PRODUCT.placementOf(KPIS).block());
    }
}
