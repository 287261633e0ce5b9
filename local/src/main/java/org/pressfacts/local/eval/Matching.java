package org.pressfacts.local.eval;

import java.util.Arrays;
import java.util.List;

/**
 * One-to-one matching of gold items to predicted items: as many pairs as possible (Kuhn's augmenting paths),
 * each gold item taking its most preferred free candidate. Greedy first-come matching would lose pairs when a
 * predicted item could serve two gold items.
 */
final class Matching {

    private Matching() {}

    /**
     * @param candidates for each gold index, the predicted indexes it may match, most preferred first
     * @return for each gold index, its predicted index or -1
     */
    static int[] match(List<List<Integer>> candidates, int predictedCount) {
        int[] goldOf = new int[predictedCount];
        Arrays.fill(goldOf, -1);
        for (int gold = 0; gold < candidates.size(); gold++) {
            augment(gold, candidates, goldOf, new boolean[predictedCount]);
        }
        int[] predictedOf = new int[candidates.size()];
        Arrays.fill(predictedOf, -1);
        for (int predicted = 0; predicted < predictedCount; predicted++) {
            if (goldOf[predicted] >= 0) {
                predictedOf[goldOf[predicted]] = predicted;
            }
        }
        return predictedOf;
    }

    private static boolean augment(int gold, List<List<Integer>> candidates, int[] goldOf, boolean[] visited) {
        for (int predicted : candidates.get(gold)) {
            if (visited[predicted]) {
                continue;
            }
            visited[predicted] = true;
            if (goldOf[predicted] < 0 || augment(goldOf[predicted], candidates, goldOf, visited)) {
                goldOf[predicted] = gold;
                return true;
            }
        }
        return false;
    }
}
