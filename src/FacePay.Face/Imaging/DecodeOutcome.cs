namespace FacePay.Face.Imaging;

/// <summary>Either an upright decoded image or the reason the bytes were refused.</summary>
internal readonly record struct DecodeOutcome(RgbImage? Image, FaceRejection? Rejection);
