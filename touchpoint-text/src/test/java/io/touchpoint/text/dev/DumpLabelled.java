package io.touchpoint.text.dev;

import io.touchpoint.text.eval.Evaluator;
import io.touchpoint.text.eval.SemEvalReader;
import java.nio.file.Path;

/** Prints the labelled sentences of a SemEval file as label TAB text (input of tools/vader-baseline.js). */
public final class DumpLabelled {
    public static void main(String[] args) throws Exception {
        for (Evaluator.Labelled l : Evaluator.labelled(SemEvalReader.read(Path.of(args[0])))) {
            System.out.println(l.label().wireName() + "\t" + l.text().replace('\n', ' ').replace('\t', ' '));
        }
    }
}
