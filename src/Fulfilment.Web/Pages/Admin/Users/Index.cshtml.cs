namespace Fulfilment.Web.Pages.Admin.Users;

/// <summary>Users: the list (by role, searchable), creating a user, disabling and re-enabling one.</summary>
public sealed class IndexModel(UserAdminService users, IStringLocalizer<AdminText> text) : PageModel
{
    public UserDirectory Directory { get; private set; } = null!;

    [BindProperty(SupportsGet = true)]
    public string? Role { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public NewUserRequest Input { get; set; } = new() { Role = Roles.Seller };

    public async Task OnGetAsync(CancellationToken ct) => Directory = await Load(ct);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        if (!ModelState.IsValid)
        {
            Directory = await Load(ct);
            return Page();
        }

        var result = await users.Create(Input, ct);
        if (!result.IsSuccess)
        {
            ModelState.AddProblem(result.Problem);
            Directory = await Load(ct);
            return Page();
        }

        TempData["Success"] = text["{0} can sign in now.", result.Value.Email].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken ct) =>
        Done(await users.Disable(id, ct), text["Disabled: their sessions and tokens stopped working."]);

    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken ct) =>
        Done(await users.Enable(id, ct), text["Enabled: they can sign in again."]);

    private Task<UserDirectory> Load(CancellationToken ct) => users.Directory(Role, Q, new PageRequest(PageNumber, PageRequest.DefaultSize), ct);

    private RedirectToPageResult Done(Result<UserView> result, LocalizedString message)
    {
        TempData[result.IsSuccess ? "Success" : "Error"] = result.IsSuccess ? $"{result.Value.Email}: {message.Value}" : result.Problem.Message;
        return RedirectToPage(new { Role, Q });
    }
}
