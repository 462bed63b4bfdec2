package nl.naast.access;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Answers about access remembered until the current transaction ends: one page asks
 * several times who this person is to this family and what the family opened to them.
 * Every change to relationships, consent or closure forgets all answers at once, so a
 * check after a change in the same transaction reads the database again. Outside a
 * transaction nothing is remembered.
 */
final class TransactionMemo {

	private static final Object KEY = new Object();

	private TransactionMemo() {
	}

	@SuppressWarnings("unchecked")
	static <T> T remember(Object question, Supplier<T> lookup) {
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			return lookup.get();
		}
		Map<Object, Object> answers = (Map<Object, Object>) TransactionSynchronizationManager.getResource(KEY);
		if (answers == null) {
			answers = new HashMap<>();
			TransactionSynchronizationManager.bindResource(KEY, answers);
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCompletion(int status) {
					TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
				}
			});
		}
		if (answers.containsKey(question)) {
			return (T) answers.get(question);
		}
		T answer = lookup.get();
		answers.put(question, answer);
		return answer;
	}

	static void forget() {
		Object answers = TransactionSynchronizationManager.getResource(KEY);
		if (answers instanceof Map<?, ?> map) {
			map.clear();
		}
	}

}
