using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Syndicator.Storage;
using Syndicator.Storage.Entities;
using Syndicator.Worker.Security;

namespace Syndicator.Worker.Web;

/// <summary>The communes a user may see, from their scope claims: one rule for the API, the dashboard and reports.</summary>
public static class CommuneScope
{
    public static async Task<List<Commune>> VisibleAsync(ClaimsPrincipal user, SyndicatorDbContext db, CancellationToken ct)
    {
        var communes = await db.Communes.AsNoTracking().OrderBy(c => c.Name).ToListAsync(ct);
        return communes.Where(c => user.CanAccess(c.Slug)).ToList();
    }
}
