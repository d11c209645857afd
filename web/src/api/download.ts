// Saves what the API answered as a file the browser downloads (a badge's JSON, a report's CSV).

export function saveBlob(fileName: string, blob: Blob) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}

export function saveJson(fileName: string, body: unknown) {
  saveBlob(fileName, new Blob([JSON.stringify(body, null, 2)], { type: "application/json" }));
}
