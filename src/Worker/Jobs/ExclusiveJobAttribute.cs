namespace Syndicator.Worker.Jobs;

/// <summary>
/// At most one run of this job at a time across the whole cluster. Used instead of Quartz's
/// [DisallowConcurrentExecution], which in a clustered store stops firing the job after its node is killed (-9).
/// The lock is a PostgreSQL advisory lock on a dedicated connection, released by the database if the holder dies.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class ExclusiveJobAttribute : Attribute;
