namespace Fulfilment.Identity;

/// <summary>
/// A login an admin creates (there is no self-registration). A seller joins the store named <c>storeName</c>,
/// which is created when no store has that name yet; warehouse staff belong to the warehouse <c>warehouseCode</c>.
/// </summary>
public sealed record NewUserRequest
{
    public string? Email { get; init; }
    public string? Password { get; init; }
    public string? Role { get; init; }
    public string? StoreName { get; init; }
    public string? WarehouseCode { get; init; }
}

public sealed class NewUserRequestValidator : AbstractValidator<NewUserRequest>
{
    public const int MaxPasswordLength = 128;

    public NewUserRequestValidator()
    {
        RuleFor(r => r.Email).Cascade(CascadeMode.Stop).RequiredText(256)
            .EmailAddress().WithMessage(_ => Text.Get("Enter an email address, e.g. name@example.com."));
        // A password is hashed whole on every sign-in; 128 characters is more than any password manager makes.
        RuleFor(r => r.Password).Cascade(CascadeMode.Stop)
            .Satisfies(p => !string.IsNullOrEmpty(p), RuleFacts.NotBlank).WithMessage(_ => Text.Get("Required."))
            .Satisfies(p => p!.Length <= MaxPasswordLength, RuleFacts.AtMost(MaxPasswordLength)).WithMessage(_ => Text.Format("At most {0} characters.", MaxPasswordLength));
        RuleFor(r => r.Role)
            .Satisfies(r => r is not null && Roles.All.Contains(r), RuleFacts.OneOf(Roles.SchemaName, Roles.All)).WithMessage(_ => Text.Get("Choose Seller, WarehouseStaff or Admin."));
        RuleFor(r => r.StoreName).RequiredText(100).When(r => r.Role == Roles.Seller);
        RuleFor(r => r.WarehouseCode).RequiredText(40).When(r => r.Role == Roles.WarehouseStaff);
    }
}

/// <summary>A user as the admin API answers it and the users page shows it. Never the password or its hash.</summary>
public sealed record UserView(
    Guid Id,
    string Email,
    [property: SchemaValues(Roles.SchemaName, Roles.Seller, Roles.WarehouseStaff, Roles.Admin)] string Role,
    long? StoreId,
    string? StoreName,
    string? WarehouseCode,
    string? WarehouseName,
    bool IsDisabled,
    bool LockedOut,
    DateTimeOffset CreatedAt);

public sealed record UserDirectory(Paged<UserView> Users, IReadOnlyList<string> StoreNames, IReadOnlyList<WarehouseChoice> Warehouses);

public sealed record WarehouseChoice(string Code, string Name);
