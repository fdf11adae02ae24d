package io.skyrack.core.placement;

import java.util.Objects;

/** An element taken out of the constellation for failure analysis. */
public sealed interface Failure permits Failure.Gpu, Failure.Tile, Failure.Satellite, Failure.Link {

    /** @param id GPU identifier @return the loss of that GPU */
    static Failure gpu(String id) {
        return new Gpu(id);
    }

    /** @param satellite satellite name @param tile TILE index @return the loss of that TILE and its GPUs */
    static Failure tile(String satellite, int tile) {
        return new Tile(satellite, tile);
    }

    /** @param name satellite name @return the loss of that satellite, its GPUs and its links */
    static Failure satellite(String name) {
        return new Satellite(name);
    }

    /** @param id crosslink identifier @return the loss of that crosslink */
    static Failure link(String id) {
        return new Link(id);
    }

    /** @param id GPU identifier */
    record Gpu(String id) implements Failure {
        /** Checks structure. */
        public Gpu {
            Objects.requireNonNull(id, "id");
        }
    }

    /** @param satellite satellite name @param tile TILE index */
    record Tile(String satellite, int tile) implements Failure {
        /** Checks structure. */
        public Tile {
            Objects.requireNonNull(satellite, "satellite");
        }
    }

    /** @param name satellite name */
    record Satellite(String name) implements Failure {
        /** Checks structure. */
        public Satellite {
            Objects.requireNonNull(name, "name");
        }
    }

    /** @param id crosslink identifier */
    record Link(String id) implements Failure {
        /** Checks structure. */
        public Link {
            Objects.requireNonNull(id, "id");
        }
    }
}
