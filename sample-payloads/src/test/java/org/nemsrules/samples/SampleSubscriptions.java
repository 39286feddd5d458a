package org.nemsrules.samples;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.nemsrules.model.Interaction;
import org.nemsrules.model.InteractionKind;
import org.nemsrules.recording.Recording;
import org.nemsrules.recording.RecordingReader;

/**
 * Every Subscription body in the sample corpus: bare {@code .xml}/{@code .json} resources, and the bodies of the
 * creates in {@code .http} and {@code .har} recordings, read by the project's own readers so that the bodies
 * are exactly the ones the golden test judges.
 */
final class SampleSubscriptions {
    private SampleSubscriptions() {}

    static List<SubscriptionCandidate> under(Path samples) {
        List<SubscriptionCandidate> bodies = new ArrayList<>();
        for (String folder : List.of("valid", "invalid")) {
            for (Path file : SampleAnnotationsTest.samples(samples.resolve(folder))) {
                String shown = samples.relativize(file).toString().replace('\\', '/');
                bodies.addAll(creates(file, shown, folder.equals("valid")));
            }
        }
        return List.copyOf(bodies);
    }

    private static List<SubscriptionCandidate> creates(Path file, String shown, boolean valid) {
        Recording recording = new RecordingReader().read(file, shown);
        List<Interaction> creates = recording.interactions().stream()
                .filter(i ->
                        i.kind() == InteractionKind.CREATE && !i.body().text().isBlank())
                .toList();
        List<SubscriptionCandidate> bodies = new ArrayList<>();
        for (Interaction create : creates) {
            String name = creates.size() == 1 ? shown : shown + " #" + (create.index() + 1);
            bodies.add(SubscriptionCandidate.recorded(name, create, valid));
        }
        return bodies;
    }
}
