package nl.naast.identity;

import java.time.Duration;
import java.util.function.Consumer;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sessions kept in the database (the postgres profile), written only when something a
 * node needs has changed.
 * <p>
 * Spring Session saves a session after every request that used it, only to move its last
 * access time on: a transaction around one write per page, and on PostgreSQL a flush of
 * the write-ahead log each time. Here a session is saved only when an attribute, its id
 * or its lifetime changed, or once its stored last access time is
 * {@link #ACCESS_PRECISION} old ({@link SparingSessionRepository}); and a save writes the
 * session's row only when its id, lifetime or person changed or its last access time is
 * that old ({@link #UPDATE_SESSION}). The store may then think a session a little older
 * than it is; Naast keeps sessions in the store {@link Sessions#STORE_GRACE} longer than
 * it lets them live, and the precision is half of that, so the store still never forgets
 * a session before Naast would end it. Naast's own idle check reads its "last seen"
 * attribute, not this row.
 * <p>
 * Every request reads its session. Spring Session gives that read, one statement, a
 * transaction of its own, whose commit is one more round trip to the database per
 * request; here it runs without one (see {@link #springSessionTransactionOperations}).
 */
@Configuration(proxyBeanMethods = false)
class SharedSessionStore {

	static final Duration ACCESS_PRECISION = Sessions.STORE_GRACE.dividedBy(2);

	/*
	 * The parameters come in the order of Spring Session's own update: session id, last
	 * access, lifetime, expiry, person, primary key. A row that would not change is left
	 * alone, so its transaction writes nothing (standard MERGE: PostgreSQL 15 and H2).
	 */
	static final String UPDATE_SESSION = """
			MERGE INTO %TABLE_NAME% S
			USING (VALUES (CAST(? AS VARCHAR(36)), CAST(? AS BIGINT), CAST(? AS INT), CAST(? AS BIGINT),
			        CAST(? AS VARCHAR(100)), CAST(? AS VARCHAR(36))))
			    AS V(SESSION_ID, LAST_ACCESS_TIME, MAX_INACTIVE_INTERVAL, EXPIRY_TIME, PRINCIPAL_NAME, PRIMARY_ID)
			ON S.PRIMARY_ID = V.PRIMARY_ID
			WHEN MATCHED AND (S.SESSION_ID <> V.SESSION_ID
			        OR S.MAX_INACTIVE_INTERVAL <> V.MAX_INACTIVE_INTERVAL
			        OR S.PRINCIPAL_NAME IS DISTINCT FROM V.PRINCIPAL_NAME
			        OR S.LAST_ACCESS_TIME <= V.LAST_ACCESS_TIME - {precision})
			THEN UPDATE SET SESSION_ID = V.SESSION_ID, LAST_ACCESS_TIME = V.LAST_ACCESS_TIME,
			    MAX_INACTIVE_INTERVAL = V.MAX_INACTIVE_INTERVAL, EXPIRY_TIME = V.EXPIRY_TIME,
			    PRINCIPAL_NAME = V.PRINCIPAL_NAME
			""".replace("{precision}", Long.toString(ACCESS_PRECISION.toMillis()));

	@Bean
	SessionRepositoryCustomizer<JdbcIndexedSessionRepository> writeSessionsOnlyWhenNeeded() {
		return repository -> repository.setUpdateSessionQuery(UPDATE_SESSION);
	}

	/**
	 * Spring Session's store, saved to only when something changed that a node needs.
	 * Spring Boot sets the store up only when there is no session store yet, so it is
	 * wrapped once made rather than declared here.
	 */
	@Bean
	static BeanPostProcessor saveSessionsOnlyWhenNeeded() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				if (bean instanceof JdbcIndexedSessionRepository store) {
					return SparingSessionRepository.over(store, ACCESS_PRECISION);
				}
				return bean;
			}
		};
	}

	/**
	 * The transactions of the session store. Spring Session runs each of its single
	 * statements (reading a session, listing a person's sessions, removing expired ones)
	 * through {@code execute}: one statement is atomic by itself, so these run without a
	 * transaction. Saving and removing a session go through {@code executeWithoutResult}:
	 * saving writes the session row and its attributes, so these keep a transaction of
	 * their own, as Spring Session would give them. Only Spring Session asks for these by
	 * name: anything else that needs transactions gets Spring Boot's own.
	 */
	@Bean(defaultCandidate = false)
	TransactionOperations springSessionTransactionOperations(PlatformTransactionManager transactionManager) {
		TransactionTemplate writes = new TransactionTemplate(transactionManager);
		writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		return new TransactionOperations() {
			@Override
			public <T> T execute(TransactionCallback<T> statement) {
				return statement.doInTransaction(new SimpleTransactionStatus(false));
			}

			@Override
			public void executeWithoutResult(Consumer<TransactionStatus> write) {
				writes.executeWithoutResult(write);
			}
		};
	}

}
