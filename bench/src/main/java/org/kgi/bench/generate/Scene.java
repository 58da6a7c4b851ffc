package org.kgi.bench.generate;

import java.time.LocalDate;
import java.util.Objects;
import java.util.SplittableRandom;

/**
 * Who and where of one event: entity indices into the world ({@code -1} where the scene has none).
 */
record Scene(SubEvent kind, LocalDate date, int town, int hood, int junction, int facility, int gang, int unit) {
    Scene {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        if (town < 0 || gang < 0 || unit < 0) {
            throw new IllegalArgumentException("a scene needs a town, a gang and a unit");
        }
    }

    /** A scene drawn with the world's popularity: popular towns, gangs and units come up far more often. */
    static Scene draw(World world, SplittableRandom rng, SubEvent kind, LocalDate date) {
        int town = world.towns[world.townPick.next(rng)];
        return new Scene(kind, date, town, any(world.hoodsOf[town], rng), any(world.junctionsOf[town], rng),
                any(world.facilitiesOf[town], rng), world.gangs[world.gangPick.next(rng)],
                rng.nextInt(4) == 0 ? world.nationalPolice.index() : world.units[world.unitPick.next(rng)]);
    }

    private static int any(int[] options, SplittableRandom rng) {
        return options.length == 0 ? -1 : options[rng.nextInt(options.length)];
    }

    /** The most precise place: facility, junction or neighbourhood when the scene has one, else the town. */
    int spot() {
        return facility >= 0 ? facility : junction >= 0 ? junction : hood >= 0 ? hood : town;
    }
}
