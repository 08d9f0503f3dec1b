namespace Fulfilment.Identity;

/// <summary>
/// The admin's user management: creating sellers (with a new or existing store), warehouse staff and admins, and
/// disabling a user. Disabling also changes the security stamp, so every session and token of that user stops working
/// on its next request (see the web's active-user check), not when it expires.
/// </summary>
public sealed class UserAdminService(
    FulfilmentDbContext db,
    UnitOfWork unitOfWork,
    UserManager<AppUser> users,
    IValidator<NewUserRequest> validator,
    ICurrentActor actor,
    IClock clock)
{
    public async Task<Paged<UserView>> List(string? role, string? query, PageRequest page, CancellationToken ct)
    {
        var rows = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(role))
        {
            rows = rows.Where(u => u.Role == role);
        }

        if (!string.IsNullOrWhiteSpace(query))
        {
            var pattern = SqlLike.Containing(query.Trim());
            rows = rows.Where(u => EF.Functions.ILike(u.Email!, pattern, "\\") || (u.Store != null && EF.Functions.ILike(u.Store.Name, pattern, "\\")));
        }

        var total = await rows.CountAsync(ct);
        var items = await Views(rows.OrderBy(u => u.Role).ThenBy(u => u.Email).Skip(page.Skip).Take(page.SafeSize)).ToListAsync(ct);
        return new Paged<UserView>(items, total, page.SafePage, page.SafeSize);
    }

    public async Task<Result<UserView>> Get(Guid id, CancellationToken ct) =>
        await Views(db.Users.AsNoTracking().Where(u => u.Id == id)).SingleOrDefaultAsync(ct) is { } user ? user : NotFound();

    /// <summary>The users page: a page of users, and what the new-user form offers (stores to join, warehouses).</summary>
    public async Task<UserDirectory> Directory(string? role, string? query, PageRequest page, CancellationToken ct) =>
        new(
            await List(role, query, page, ct),
            await db.Stores.AsNoTracking().OrderBy(s => s.Name).Select(s => s.Name).ToListAsync(ct),
            await db.Warehouses.AsNoTracking().Where(w => w.Active).OrderBy(w => w.Code).Select(w => new WarehouseChoice(w.Code, w.Name)).ToListAsync(ct));

    public async Task<Result<UserView>> Create(NewUserRequest request, CancellationToken ct)
    {
        var problem = await validator.Check(request, ct);
        var errors = new Dictionary<string, string[]>(problem?.Errors ?? new Dictionary<string, string[]>());
        if (!string.IsNullOrEmpty(request.Password) && !await PasswordIsStrong(request.Password))
        {
            errors[nameof(NewUserRequest.Password)] = [Text.Get("At least 10 characters, with an upper-case letter, a lower-case letter and a digit.")];
        }

        if (errors.Count > 0)
        {
            return Problem.Validation(errors);
        }

        var result = await unitOfWork.Run<Guid>(token => Add(request, token), ct);
        return result.IsSuccess ? await Get(result.Value, ct) : result.Problem;
    }

    public Task<Result<UserView>> Disable(Guid id, CancellationToken ct) => SetDisabled(id, true, ct);

    public Task<Result<UserView>> Enable(Guid id, CancellationToken ct) => SetDisabled(id, false, ct);

    private async Task<Result<Guid>> Add(NewUserRequest request, CancellationToken ct)
    {
        var email = request.Email!.Trim();
        if (await users.FindByEmailAsync(email) is not null)
        {
            return Duplicate(nameof(NewUserRequest.Email), Text.Get("A user with this email already exists."));
        }

        var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, Role = request.Role!, CreatedAt = clock.UtcNow };
        if (request.Role == Roles.Seller)
        {
            user.StoreId = (await StoreNamed(request.StoreName!.Trim(), ct)).Id;
        }
        else if (request.Role == Roles.WarehouseStaff)
        {
            var code = request.WarehouseCode!.Trim().ToUpperInvariant();
            var warehouse = await db.Warehouses.SingleOrDefaultAsync(w => w.Code == code, ct);
            if (warehouse is null)
            {
                return Problem.Field(nameof(NewUserRequest.WarehouseCode), Text.Get("No warehouse has this code."));
            }

            user.WarehouseId = warehouse.Id;
        }

        var created = await users.CreateAsync(user, request.Password!);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, user.Role);
        }

        return created.Succeeded ? user.Id : Refused(created);
    }

    private async Task<Store> StoreNamed(string name, CancellationToken ct)
    {
        // "Demo store" joins "Demo Store": a differently cased name is the same store to a person.
        var store = await db.Stores.OrderBy(s => s.Id).FirstOrDefaultAsync(s => EF.Functions.ILike(s.Name, SqlLike.Escape(name), "\\"), ct);
        if (store is null)
        {
            store = new Store { Name = name, CreatedAt = clock.UtcNow };
            db.Stores.Add(store);
            await db.SaveChangesAsync(ct);
        }

        return store;
    }

    private async Task<Result<UserView>> SetDisabled(Guid id, bool disabled, CancellationToken ct)
    {
        if (disabled && id == actor.UserId)
        {
            return Problem.InvalidState(Text.Get("You cannot disable your own account."));
        }

        var result = await unitOfWork.Run<Guid>(
            async token =>
            {
                var user = await users.FindByIdAsync(id.ToString());
                if (user is null)
                {
                    return NotFound();
                }

                if (user.IsDisabled == disabled)
                {
                    return user.Id;
                }

                user.IsDisabled = disabled;

                // A new stamp ends every cookie and bearer token issued so far (checked on each request).
                var updated = disabled ? await users.UpdateSecurityStampAsync(user) : await users.UpdateAsync(user);
                return updated.Succeeded ? user.Id : Refused(updated);
            },
            ct);
        return result.IsSuccess ? await Get(result.Value, ct) : result.Problem;
    }

    private async Task<bool> PasswordIsStrong(string password)
    {
        foreach (var rule in users.PasswordValidators)
        {
            if (!(await rule.ValidateAsync(users, new AppUser(), password)).Succeeded)
            {
                return false;
            }
        }

        return true;
    }

    private IQueryable<UserView> Views(IQueryable<AppUser> rows)
    {
        var now = clock.UtcNow;
        return rows.Select(u => new UserView(
            u.Id,
            u.Email!,
            u.Role,
            u.StoreId,
            u.Store == null ? null : u.Store.Name,
            u.Warehouse == null ? null : u.Warehouse.Code,
            u.Warehouse == null ? null : u.Warehouse.Name,
            u.IsDisabled,
            u.LockoutEnd != null && u.LockoutEnd > now,
            u.CreatedAt));
    }

    // Identity's own refusals (a racing duplicate email, say) name the field they are about.
    private static Problem Refused(IdentityResult result)
    {
        var duplicate = result.Errors.Any(e => e.Code is "DuplicateEmail" or "DuplicateUserName");
        return duplicate
            ? Duplicate(nameof(NewUserRequest.Email), Text.Get("A user with this email already exists."))
            : Problem.Field(nameof(NewUserRequest.Email), Text.Get("This user could not be saved. Check the fields and try again."));
    }

    private static Problem Duplicate(string field, string message) =>
        new(ProblemCodes.Duplicate, message, new Dictionary<string, string[]> { [field] = [message] });

    private static Problem NotFound() => Problem.NotFound(Text.Get("This user does not exist."));
}
