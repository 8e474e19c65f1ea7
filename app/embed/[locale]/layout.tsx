// Root layout of embed views (/embed/<locale>/…): no site chrome, links open in a new tab by default (the
// portal itself refuses to be framed), and a static script reports the content height to the framing page.
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import "../../globals.css";
import "../embed-theme.css";
import { isLocale } from "@/lib/i18n/negotiate-locale";
import { siteOrigin } from "@/lib/site/urls";

export const metadata: Metadata = {
  metadataBase: new URL(siteOrigin()),
  title: { default: "Fixpath", template: "%s · Fixpath" },
  robots: { index: false },
};

export default async function EmbedLayout({ children, params }: LayoutProps<"/embed/[locale]">) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  return (
    <html lang={locale}>
      <head>
        <base target="_blank" />
        <script src="/embed-height.js" defer />
      </head>
      <body className="bg-page text-ink antialiased">{children}</body>
    </html>
  );
}
