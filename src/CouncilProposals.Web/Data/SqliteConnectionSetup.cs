using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SQLitePCL;

namespace CouncilProposals.Web.Data;

/// <summary>
/// Sets SQLite up for many people saving at once: the write-ahead log lets readers carry on while one person
/// writes, and the busy timeout makes a writer wait for the lock instead of failing with "database is locked".
/// The settings belong to the native connection, which the pool keeps open between requests, so they are applied
/// once per native connection rather than on every open (four statements per query otherwise).
/// </summary>
public sealed class SqliteConnectionSetup : DbConnectionInterceptor
{
    private static readonly ConditionalWeakTable<sqlite3, object> SetUp = [];

    private static readonly object Applied = new();

    public const int BusyTimeoutMilliseconds = 30_000;

    private const string Pragmas = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 30000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData) => Apply(connection);

    public override Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Apply(connection);
        return Task.CompletedTask;
    }

    private static void Apply(DbConnection connection)
    {
        if (connection is not SqliteConnection { Handle: { } native } || SetUp.TryGetValue(native, out _))
        {
            return;
        }

        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
        SetUp.AddOrUpdate(native, Applied);
    }

    /// <summary>Makes a relative "Data Source" sit under the app's content root and creates its folder.</summary>
    public static string ResolveConnectionString(string connectionString, string contentRoot)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString);
        if (builder.DataSource is not (":memory:" or "") && builder.Mode != SqliteOpenMode.Memory)
        {
            var path = Path.IsPathRooted(builder.DataSource) ? builder.DataSource : Path.Combine(contentRoot, builder.DataSource);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            builder.DataSource = path;
        }

        // Microsoft.Data.Sqlite retries a busy database until the command times out.
        builder.DefaultTimeout = BusyTimeoutMilliseconds / 1000;
        builder.Pooling = true;
        return builder.ToString();
    }
}
