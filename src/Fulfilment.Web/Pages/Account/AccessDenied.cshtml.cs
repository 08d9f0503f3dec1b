using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Fulfilment.Web.Pages.Account;

public sealed class AccessDeniedModel : PageModel;
