package main

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/isnad/isnad/server"
	"github.com/isnad/isnad/store/sqlite"
	"github.com/spf13/cobra"
)

func newTokenCommand(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "token",
		Short: "Create, list and revoke the API's access tokens",
		Long: `Access tokens let other machines use isnad serve. Each has a role: reader
(read everything), analyst (also upload articles and edit source reliability)
or admin (also manage tokens). The store keeps only a hash of each token: the
token is printed once, when it is created.`,
	}
	cmd.AddCommand(newTokenCreateCommand(a), newTokenListCommand(a), newTokenRevokeCommand(a))
	return cmd
}

func newTokenCreateCommand(a *app) *cobra.Command {
	var role, name string
	cmd := &cobra.Command{
		Use:     "create --role ROLE [--name NAME]",
		Short:   "Create a token and print it (once)",
		Example: `  isnad token create --role analyst --name "Riyadh desk"`,
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			t, secret, err := server.NewToken(role, name)
			if err != nil {
				return fmt.Errorf("--role: %w", err)
			}
			st, err := sqlite.Open(cmd.Context(), a.dbPath)
			if err != nil {
				return err
			}
			defer st.Close()
			if err := st.CreateToken(cmd.Context(), t); err != nil {
				return err
			}
			fmt.Fprintln(a.stdout, secret)
			fmt.Fprintf(a.stderr, "token %s (%s) created; it is shown this once: keep it (the store holds only its hash)\n", t.ID, t.Role)
			return nil
		},
	}
	cmd.Flags().StringVar(&role, "role", "", "reader, analyst or admin (required)")
	cmd.Flags().StringVar(&name, "name", "", "who or what the token is for")
	_ = cmd.MarkFlagRequired("role")
	return cmd
}

func newTokenListCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "list",
		Short: "List the tokens (never their secrets)",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			st, err := sqlite.Open(cmd.Context(), a.dbPath)
			if err != nil {
				return err
			}
			defer st.Close()
			ts, err := st.Tokens(cmd.Context())
			if err != nil {
				return err
			}
			tw := tabwriter.NewWriter(a.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tROLE\tCREATED\tNAME")
			for _, t := range ts {
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", t.ID, t.Role, t.CreatedAt.Format(time.DateTime), oneLineName(t.Name))
			}
			return tw.Flush()
		},
	}
}

func newTokenRevokeCommand(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "revoke ID",
		Short: "Revoke a token at once (requests with it get 401)",
		Args:  cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			st, err := sqlite.Open(cmd.Context(), a.dbPath)
			if err != nil {
				return err
			}
			defer st.Close()
			if err := st.RevokeToken(cmd.Context(), args[0]); err != nil {
				return err
			}
			fmt.Fprintf(a.stdout, "token %s revoked\n", args[0])
			return nil
		},
	}
}

// oneLineName keeps a token's name on its row of the listing.
func oneLineName(s string) string {
	return strings.Join(strings.Fields(s), " ")
}
