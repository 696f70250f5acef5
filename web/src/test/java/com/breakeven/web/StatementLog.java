package com.breakeven.web;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every SQL statement the application sends to its database, in order, as the JDBC driver
 * is handed it: how a test proves what a request reads. Import {@link Configuration} into
 * a Spring Boot test to wrap its {@link DataSource}, then autowire this log.
 */
public final class StatementLog {

	private final List<String> statements = new CopyOnWriteArrayList<>();

	/** Forgets what was sent so far. */
	public void clear() {
		this.statements.clear();
	}

	/** The statements sent since the last {@link #clear()}, in order. */
	public List<String> statements() {
		return List.copyOf(this.statements);
	}

	DataSource wrap(DataSource dataSource) {
		return proxy(DataSource.class, dataSource, (method, args, result) -> (result instanceof Connection connection)
				? proxy(Connection.class, connection, this::connectionCall) : result);
	}

	private Object connectionCall(Method method, Object[] args, Object result) {
		if (method.getName().startsWith("prepare") && args != null && args[0] instanceof String sql) {
			this.statements.add(sql);
		}
		return (result instanceof Statement statement && method.getName().equals("createStatement"))
				? proxy(Statement.class, statement, (call, arguments, returned) -> returned) : result;
	}

	@FunctionalInterface
	private interface After {

		Object apply(Method method, Object[] args, Object result);

	}

	/**
	 * A proxy that passes each call on and hands its result to {@code after}; a plain
	 * statement's SQL is logged before it runs.
	 */
	private <T> T proxy(Class<T> type, T target, After after) {
		InvocationHandler handler = (proxy, method, args) -> {
			if (type == Statement.class && method.getName().startsWith("execute") && args != null
					&& args[0] instanceof String sql) {
				this.statements.add(sql);
			}
			try {
				return after.apply(method, args, method.invoke(target, args));
			}
			catch (InvocationTargetException ex) {
				throw ex.getCause();
			}
		};
		return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] { type }, handler));
	}

	/** Wraps the application's data source so that the log sees every statement. */
	@TestConfiguration(proxyBeanMethods = false)
	public static class Configuration {

		private final StatementLog log = new StatementLog();

		@Bean
		StatementLog statementLog() {
			return this.log;
		}

		@Bean
		static BeanPostProcessor statementLogging(org.springframework.beans.factory.ObjectProvider<StatementLog> log) {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String beanName) {
					return (bean instanceof DataSource dataSource) ? log.getObject().wrap(dataSource) : bean;
				}
			};
		}

	}

}
