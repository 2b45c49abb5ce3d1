using Microsoft.EntityFrameworkCore;

namespace Syndicator.Storage;

public sealed class PostgresDbContext(DbContextOptions<PostgresDbContext> options) : SyndicatorDbContext(options);
