using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Syndicator.Worker.Jobs;

/// <summary>
/// Session-level advisory locks, each on its own connection held for the run: if the process dies, PostgreSQL
/// closes the connection and the lock is free again at once.
/// </summary>
public sealed class PostgresJobLocks(string connectionString) : IJobLocks
{
    public async Task<IAsyncDisposable?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock($1)", connection);
        command.Parameters.AddWithValue(KeyOf(name));
        if (await command.ExecuteScalarAsync(cancellationToken) is true) return new Held(connection, KeyOf(name));
        await connection.DisposeAsync();
        return null;
    }

    /// <summary>A stable 64-bit key per job name.</summary>
    public static long KeyOf(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("syndicator-job:" + name)), 0);

    private sealed class Held(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
                command.Parameters.AddWithValue(key);
                await command.ExecuteNonQueryAsync();
            }
            finally
            {
                await connection.DisposeAsync();
            }
        }
    }
}
