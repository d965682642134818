using FacePay.Silo.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddFacePaySilo();

var app = builder.Build();
app.MapFacePaySilo();
app.Run();
