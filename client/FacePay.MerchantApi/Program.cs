using FacePay.MerchantApi.Extensions;

var builder = WebApplication.CreateBuilder(args);
builder.AddMerchantApi();

var app = builder.Build();
app.MapMerchantApi();
app.Run();

/// <summary>The entry point, visible to the end-to-end tests.</summary>
public partial class Program;
